#!/usr/bin/env bash
python3 -c 'print(10 % 6)' > /workspace/answer.txt
