#!/usr/bin/env bash
python3 -c 'print(8 + 22)' > /workspace/answer.txt
