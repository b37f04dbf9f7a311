#!/usr/bin/env bash
python3 -c 'print(793 % 30)' > /workspace/answer.txt
