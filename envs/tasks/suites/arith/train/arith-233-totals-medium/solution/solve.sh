#!/usr/bin/env bash
python3 -c 'print(37 + 8 + 98 + 24)' > /workspace/answer.txt
