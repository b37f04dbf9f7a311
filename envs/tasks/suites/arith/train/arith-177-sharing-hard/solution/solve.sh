#!/usr/bin/env bash
python3 -c 'print(48024 // 87)' > /workspace/answer.txt
