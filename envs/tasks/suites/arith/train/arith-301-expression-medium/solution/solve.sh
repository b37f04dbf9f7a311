#!/usr/bin/env bash
python3 -c 'print(85 % 22 * 75)' > /workspace/answer.txt
