#!/usr/bin/env bash
python3 -c 'print(426 % 82 * 25)' > /workspace/answer.txt
