#!/usr/bin/env bash
python3 -c 'print(777 % 22 * 31)' > /workspace/answer.txt
