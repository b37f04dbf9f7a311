#!/usr/bin/env bash
python3 -c 'print(24 + 4)' > /workspace/answer.txt
