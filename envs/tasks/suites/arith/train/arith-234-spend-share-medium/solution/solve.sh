#!/usr/bin/env bash
python3 -c 'print((674 - 74) // 8)' > /workspace/answer.txt
