#!/usr/bin/env bash
python3 -c 'print(480 * 115 // 8)' > /workspace/answer.txt
