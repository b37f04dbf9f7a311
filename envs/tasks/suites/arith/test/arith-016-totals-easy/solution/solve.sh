#!/usr/bin/env bash
python3 -c 'print(9 + 2)' > /workspace/answer.txt
