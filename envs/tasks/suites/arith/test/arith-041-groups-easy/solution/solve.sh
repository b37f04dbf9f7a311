#!/usr/bin/env bash
python3 -c 'print(31 // 4)' > /workspace/answer.txt
