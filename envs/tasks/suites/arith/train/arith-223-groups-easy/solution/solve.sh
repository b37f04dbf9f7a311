#!/usr/bin/env bash
python3 -c 'print(14 // 4)' > /workspace/answer.txt
