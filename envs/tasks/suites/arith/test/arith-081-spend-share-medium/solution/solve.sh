#!/usr/bin/env bash
python3 -c 'print((904 - 50) // 14)' > /workspace/answer.txt
