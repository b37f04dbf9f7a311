#!/usr/bin/env bash
python3 -c 'print(699 // 94 + 47)' > /workspace/answer.txt
