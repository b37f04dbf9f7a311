#!/usr/bin/env bash
python3 -c 'print(29 + 38 + 14)' > /workspace/answer.txt
