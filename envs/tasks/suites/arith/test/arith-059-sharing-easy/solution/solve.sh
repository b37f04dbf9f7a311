#!/usr/bin/env bash
python3 -c 'print(8 // 4)' > /workspace/answer.txt
