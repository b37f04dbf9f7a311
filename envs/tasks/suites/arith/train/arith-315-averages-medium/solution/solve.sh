#!/usr/bin/env bash
python3 -c 'print((62 + 64 + 96) // 3)' > /workspace/answer.txt
