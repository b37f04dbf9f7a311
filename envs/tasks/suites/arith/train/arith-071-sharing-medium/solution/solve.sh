#!/usr/bin/env bash
python3 -c 'print(210 // 5)' > /workspace/answer.txt
