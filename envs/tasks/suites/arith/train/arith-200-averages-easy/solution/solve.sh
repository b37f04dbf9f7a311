#!/usr/bin/env bash
python3 -c 'print((19 + 3) // 2)' > /workspace/answer.txt
