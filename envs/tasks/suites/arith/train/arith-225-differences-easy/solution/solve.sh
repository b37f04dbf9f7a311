#!/usr/bin/env bash
python3 -c 'print(86 - 40)' > /workspace/answer.txt
