#!/usr/bin/env bash
python3 -c 'print((26 + 79 + 36 + 59) // 4)' > /workspace/answer.txt
