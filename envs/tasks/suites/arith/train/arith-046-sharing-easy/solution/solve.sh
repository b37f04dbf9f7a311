#!/usr/bin/env bash
python3 -c 'print(21 // 3)' > /workspace/answer.txt
