#!/usr/bin/env bash
python3 -c 'print(28 // 4)' > /workspace/answer.txt
