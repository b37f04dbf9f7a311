#!/usr/bin/env bash
python3 -c 'print(151 % 14)' > /workspace/answer.txt
