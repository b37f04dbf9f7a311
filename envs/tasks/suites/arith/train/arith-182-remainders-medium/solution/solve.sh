#!/usr/bin/env bash
python3 -c 'print(196 % 12)' > /workspace/answer.txt
