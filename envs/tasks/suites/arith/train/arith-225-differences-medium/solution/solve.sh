#!/usr/bin/env bash
python3 -c 'print(859 - 830)' > /workspace/answer.txt
