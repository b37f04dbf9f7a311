#!/usr/bin/env bash
python3 -c 'print(88542 // 72)' > /workspace/answer.txt
