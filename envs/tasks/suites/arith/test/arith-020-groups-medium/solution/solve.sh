#!/usr/bin/env bash
python3 -c 'print(296 // 19)' > /workspace/answer.txt
