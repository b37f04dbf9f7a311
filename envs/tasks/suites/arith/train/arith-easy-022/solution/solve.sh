#!/usr/bin/env bash
python3 -c 'print(59 - 33)' > /workspace/answer.txt
