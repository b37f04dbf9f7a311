#!/usr/bin/env bash
python3 -c 'print(26 // 6)' > /workspace/answer.txt
