#!/usr/bin/env bash
python3 -c 'print(28 % 9)' > /workspace/answer.txt
