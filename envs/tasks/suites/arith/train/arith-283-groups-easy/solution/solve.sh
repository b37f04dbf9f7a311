#!/usr/bin/env bash
python3 -c 'print(87 // 5)' > /workspace/answer.txt
