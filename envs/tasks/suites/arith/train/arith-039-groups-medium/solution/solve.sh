#!/usr/bin/env bash
python3 -c 'print(186 // 14)' > /workspace/answer.txt
