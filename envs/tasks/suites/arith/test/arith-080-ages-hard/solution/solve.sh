#!/usr/bin/env bash
python3 -c 'print(58 + 32 + 12)' > /workspace/answer.txt
