#!/usr/bin/env bash
python3 -c 'print(79 // 5)' > /workspace/answer.txt
