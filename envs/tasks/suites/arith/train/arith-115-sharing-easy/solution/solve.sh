#!/usr/bin/env bash
python3 -c 'print(48 // 4)' > /workspace/answer.txt
