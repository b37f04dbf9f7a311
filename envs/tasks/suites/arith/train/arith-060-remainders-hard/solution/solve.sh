#!/usr/bin/env bash
python3 -c 'print(47909 % 76)' > /workspace/answer.txt
