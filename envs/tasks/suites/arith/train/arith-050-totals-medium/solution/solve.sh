#!/usr/bin/env bash
python3 -c 'print(21 + 44 + 72 + 21)' > /workspace/answer.txt
