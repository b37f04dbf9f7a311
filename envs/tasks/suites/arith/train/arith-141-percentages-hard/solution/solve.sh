#!/usr/bin/env bash
python3 -c 'print(3125 * 92 // 100)' > /workspace/answer.txt
