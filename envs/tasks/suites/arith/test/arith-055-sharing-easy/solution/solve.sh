#!/usr/bin/env bash
python3 -c 'print(10 // 2)' > /workspace/answer.txt
