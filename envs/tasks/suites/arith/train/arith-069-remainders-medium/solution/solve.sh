#!/usr/bin/env bash
python3 -c 'print(108 % 14)' > /workspace/answer.txt
