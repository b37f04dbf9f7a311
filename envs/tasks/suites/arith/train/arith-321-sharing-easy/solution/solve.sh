#!/usr/bin/env bash
python3 -c 'print(14 // 2)' > /workspace/answer.txt
