#!/usr/bin/env bash
python3 -c 'print(569 % 18)' > /workspace/answer.txt
