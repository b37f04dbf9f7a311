#!/usr/bin/env bash
python3 -c 'print(34 // 8)' > /workspace/answer.txt
