#!/usr/bin/env bash
python3 -c 'print(29273 % 44)' > /workspace/answer.txt
