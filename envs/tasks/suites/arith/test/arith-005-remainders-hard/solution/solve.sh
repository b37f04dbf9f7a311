#!/usr/bin/env bash
python3 -c 'print(52283 % 57)' > /workspace/answer.txt
