#!/usr/bin/env bash
python3 -c 'print(23 % 9)' > /workspace/answer.txt
