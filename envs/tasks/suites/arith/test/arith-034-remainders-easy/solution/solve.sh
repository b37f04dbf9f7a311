#!/usr/bin/env bash
python3 -c 'print(25 % 2)' > /workspace/answer.txt
