#!/usr/bin/env bash
python3 -c 'print(89 % 4)' > /workspace/answer.txt
