#!/usr/bin/env bash
python3 -c 'print(140 * 50 // 100)' > /workspace/answer.txt
