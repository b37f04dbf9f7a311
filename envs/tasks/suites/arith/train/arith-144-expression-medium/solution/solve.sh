#!/usr/bin/env bash
python3 -c 'print(34 // 97 + 47)' > /workspace/answer.txt
