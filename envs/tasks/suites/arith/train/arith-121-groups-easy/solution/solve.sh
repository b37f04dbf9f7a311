#!/usr/bin/env bash
python3 -c 'print(63 // 6)' > /workspace/answer.txt
