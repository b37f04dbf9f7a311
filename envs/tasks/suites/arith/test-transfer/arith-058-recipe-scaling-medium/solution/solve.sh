#!/usr/bin/env bash
python3 -c 'print(96 * 15 // 8)' > /workspace/answer.txt
