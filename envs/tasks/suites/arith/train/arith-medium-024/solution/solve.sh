#!/usr/bin/env bash
python3 -c 'print(10 // 66 + 16)' > /workspace/answer.txt
