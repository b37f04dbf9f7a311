#!/usr/bin/env bash
python3 -c 'print(90 // 9)' > /workspace/answer.txt
