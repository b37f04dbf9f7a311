#!/usr/bin/env bash
python3 -c 'print(30 * 8 // 2)' > /workspace/answer.txt
