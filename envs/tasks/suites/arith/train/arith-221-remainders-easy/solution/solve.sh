#!/usr/bin/env bash
python3 -c 'print(28 % 5)' > /workspace/answer.txt
