#!/usr/bin/env bash
python3 -c 'print(58 + 41)' > /workspace/answer.txt
