#!/usr/bin/env bash
python3 -c 'print(646 // 49 + 81)' > /workspace/answer.txt
