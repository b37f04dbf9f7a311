#!/usr/bin/env bash
python3 -c 'print(23 % 3)' > /workspace/answer.txt
