#!/usr/bin/env bash
python3 -c 'print((10 + 94 + 23 + 29) // 4)' > /workspace/answer.txt
