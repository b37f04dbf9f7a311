#!/usr/bin/env bash
python3 -c 'print(1519 * 113 // 7)' > /workspace/answer.txt
