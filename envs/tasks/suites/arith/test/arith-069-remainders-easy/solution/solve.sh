#!/usr/bin/env bash
python3 -c 'print(25 % 8)' > /workspace/answer.txt
