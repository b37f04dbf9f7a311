#!/usr/bin/env bash
python3 -c 'print(192 * 25 // 100)' > /workspace/answer.txt
