#!/usr/bin/env bash
python3 -c 'print(12050 // 45)' > /workspace/answer.txt
