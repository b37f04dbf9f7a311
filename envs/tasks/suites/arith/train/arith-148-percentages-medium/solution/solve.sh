#!/usr/bin/env bash
python3 -c 'print(1510 * 30 // 100)' > /workspace/answer.txt
