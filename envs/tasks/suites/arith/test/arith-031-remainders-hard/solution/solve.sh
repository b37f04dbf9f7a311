#!/usr/bin/env bash
python3 -c 'print(21986 % 66)' > /workspace/answer.txt
