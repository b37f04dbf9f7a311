#!/usr/bin/env bash
python3 -c 'print(140 * 20 // 100)' > /workspace/answer.txt
