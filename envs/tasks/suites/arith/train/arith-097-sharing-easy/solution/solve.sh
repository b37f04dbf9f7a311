#!/usr/bin/env bash
python3 -c 'print(36 // 3)' > /workspace/answer.txt
