#!/usr/bin/env bash
python3 -c 'print(462 // 7)' > /workspace/answer.txt
