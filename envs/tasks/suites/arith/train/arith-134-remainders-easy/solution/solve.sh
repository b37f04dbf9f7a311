#!/usr/bin/env bash
python3 -c 'print(41 % 6)' > /workspace/answer.txt
