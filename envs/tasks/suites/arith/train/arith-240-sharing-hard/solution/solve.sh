#!/usr/bin/env bash
python3 -c 'print(42360 // 60)' > /workspace/answer.txt
