#!/usr/bin/env bash
python3 -c 'print(9204 // 60)' > /workspace/answer.txt
