#!/usr/bin/env bash
python3 -c 'print(9259 // 47)' > /workspace/answer.txt
