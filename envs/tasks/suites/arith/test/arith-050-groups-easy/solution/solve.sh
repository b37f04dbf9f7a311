#!/usr/bin/env bash
python3 -c 'print(29 // 4)' > /workspace/answer.txt
