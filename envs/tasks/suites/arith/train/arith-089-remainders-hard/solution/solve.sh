#!/usr/bin/env bash
python3 -c 'print(96178 % 45)' > /workspace/answer.txt
