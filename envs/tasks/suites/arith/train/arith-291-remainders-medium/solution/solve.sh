#!/usr/bin/env bash
python3 -c 'print(921 % 25)' > /workspace/answer.txt
