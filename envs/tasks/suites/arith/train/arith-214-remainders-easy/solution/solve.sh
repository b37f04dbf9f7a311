#!/usr/bin/env bash
python3 -c 'print(78 % 5)' > /workspace/answer.txt
