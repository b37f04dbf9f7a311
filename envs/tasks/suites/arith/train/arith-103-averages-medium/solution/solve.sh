#!/usr/bin/env bash
python3 -c 'print((94 + 19 + 85) // 3)' > /workspace/answer.txt
