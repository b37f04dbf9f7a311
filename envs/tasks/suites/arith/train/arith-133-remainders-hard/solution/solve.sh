#!/usr/bin/env bash
python3 -c 'print(44286 % 17)' > /workspace/answer.txt
