#!/usr/bin/env bash
python3 -c 'print((35 + 55 + 16 + 50) // 4)' > /workspace/answer.txt
