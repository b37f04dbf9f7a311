#!/usr/bin/env bash
python3 -c 'print(19 // 9)' > /workspace/answer.txt
