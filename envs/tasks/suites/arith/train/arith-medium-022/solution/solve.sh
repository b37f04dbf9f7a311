#!/usr/bin/env bash
python3 -c 'print(602 // 99 + 80)' > /workspace/answer.txt
