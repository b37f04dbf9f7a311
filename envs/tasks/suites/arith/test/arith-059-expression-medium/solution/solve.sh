#!/usr/bin/env bash
python3 -c 'print(235 // 31 + 72)' > /workspace/answer.txt
