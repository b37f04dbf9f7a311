#!/usr/bin/env bash
python3 -c 'print(32 + 16)' > /workspace/answer.txt
