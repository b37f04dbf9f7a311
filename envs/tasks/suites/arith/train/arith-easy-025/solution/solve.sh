#!/usr/bin/env bash
python3 -c 'print(36 + 31)' > /workspace/answer.txt
