#!/usr/bin/env bash
python3 -c 'print(75 + 14 + 80 + 21)' > /workspace/answer.txt
