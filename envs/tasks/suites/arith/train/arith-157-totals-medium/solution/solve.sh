#!/usr/bin/env bash
python3 -c 'print(12 + 31 + 6)' > /workspace/answer.txt
