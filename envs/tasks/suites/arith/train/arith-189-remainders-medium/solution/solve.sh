#!/usr/bin/env bash
python3 -c 'print(954 % 11)' > /workspace/answer.txt
