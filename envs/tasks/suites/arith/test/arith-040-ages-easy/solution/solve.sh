#!/usr/bin/env bash
python3 -c 'print(32 + 27)' > /workspace/answer.txt
