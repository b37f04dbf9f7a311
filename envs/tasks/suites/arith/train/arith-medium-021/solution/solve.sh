#!/usr/bin/env bash
python3 -c 'print(963 // 78 + 9)' > /workspace/answer.txt
