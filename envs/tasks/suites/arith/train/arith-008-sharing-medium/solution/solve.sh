#!/usr/bin/env bash
python3 -c 'print(116 // 4)' > /workspace/answer.txt
