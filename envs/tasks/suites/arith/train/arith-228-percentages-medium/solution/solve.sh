#!/usr/bin/env bash
python3 -c 'print(20 * 45 // 100)' > /workspace/answer.txt
