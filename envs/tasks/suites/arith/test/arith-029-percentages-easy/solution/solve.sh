#!/usr/bin/env bash
python3 -c 'print(396 * 75 // 100)' > /workspace/answer.txt
