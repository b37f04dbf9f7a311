#!/usr/bin/env bash
python3 -c 'print(1246 // 14)' > /workspace/answer.txt
