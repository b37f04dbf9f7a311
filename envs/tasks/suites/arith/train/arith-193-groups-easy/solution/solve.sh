#!/usr/bin/env bash
python3 -c 'print(76 // 5)' > /workspace/answer.txt
