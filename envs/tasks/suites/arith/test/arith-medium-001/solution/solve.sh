#!/usr/bin/env bash
python3 -c 'print(916 // 14 + 97)' > /workspace/answer.txt
