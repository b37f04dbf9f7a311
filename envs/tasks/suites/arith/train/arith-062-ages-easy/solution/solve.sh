#!/usr/bin/env bash
python3 -c 'print(42 + 15)' > /workspace/answer.txt
