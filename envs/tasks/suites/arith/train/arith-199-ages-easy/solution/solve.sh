#!/usr/bin/env bash
python3 -c 'print(4 + 3)' > /workspace/answer.txt
