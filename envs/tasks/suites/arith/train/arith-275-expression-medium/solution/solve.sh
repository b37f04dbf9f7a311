#!/usr/bin/env bash
python3 -c 'print(527 // 10 + 28)' > /workspace/answer.txt
