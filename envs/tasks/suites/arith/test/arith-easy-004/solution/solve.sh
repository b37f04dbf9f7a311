#!/usr/bin/env bash
python3 -c 'print(42 + 14)' > /workspace/answer.txt
