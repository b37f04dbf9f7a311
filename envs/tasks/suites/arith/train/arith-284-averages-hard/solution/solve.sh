#!/usr/bin/env bash
python3 -c 'print((378 + 534 + 223 + 185 + 385) // 5)' > /workspace/answer.txt
