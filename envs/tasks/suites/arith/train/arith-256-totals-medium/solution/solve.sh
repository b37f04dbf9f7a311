#!/usr/bin/env bash
python3 -c 'print(66 + 85 + 61)' > /workspace/answer.txt
