#!/usr/bin/env bash
python3 -c 'print(17420 // 52)' > /workspace/answer.txt
