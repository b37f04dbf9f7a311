#!/usr/bin/env bash
python3 -c 'print(42 + 32)' > /workspace/answer.txt
