#!/usr/bin/env bash
python3 -c 'print(50 + 14)' > /workspace/answer.txt
