#!/usr/bin/env bash
python3 -c 'print(36 // 4)' > /workspace/answer.txt
