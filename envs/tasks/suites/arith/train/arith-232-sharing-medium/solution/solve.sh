#!/usr/bin/env bash
python3 -c 'print(110 // 5)' > /workspace/answer.txt
