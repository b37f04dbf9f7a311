#!/usr/bin/env bash
python3 -c 'print(50439 // 69)' > /workspace/answer.txt
