#!/usr/bin/env bash
python3 -c 'print(132 // 12)' > /workspace/answer.txt
