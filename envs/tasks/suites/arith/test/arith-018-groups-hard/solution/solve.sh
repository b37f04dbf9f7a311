#!/usr/bin/env bash
python3 -c 'print(26791 // 16)' > /workspace/answer.txt
