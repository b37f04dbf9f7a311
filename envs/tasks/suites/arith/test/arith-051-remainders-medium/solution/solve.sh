#!/usr/bin/env bash
python3 -c 'print(209 % 21)' > /workspace/answer.txt
