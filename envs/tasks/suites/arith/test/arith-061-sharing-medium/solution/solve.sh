#!/usr/bin/env bash
python3 -c 'print(1125 // 15)' > /workspace/answer.txt
