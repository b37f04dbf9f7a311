#!/usr/bin/env bash
python3 -c 'print((18 + 12) // 2)' > /workspace/answer.txt
