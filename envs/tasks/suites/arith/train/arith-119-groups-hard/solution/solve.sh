#!/usr/bin/env bash
python3 -c 'print(5090 // 80)' > /workspace/answer.txt
