#!/usr/bin/env bash
python3 -c 'print(26 + 22 + 28)' > /workspace/answer.txt
