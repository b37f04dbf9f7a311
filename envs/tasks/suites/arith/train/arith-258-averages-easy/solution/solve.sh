#!/usr/bin/env bash
python3 -c 'print((12 + 4 + 5) // 3)' > /workspace/answer.txt
