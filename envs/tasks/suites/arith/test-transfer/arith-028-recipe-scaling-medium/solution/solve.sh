#!/usr/bin/env bash
python3 -c 'print(84 * 25 // 7)' > /workspace/answer.txt
