#!/usr/bin/env bash
python3 -c 'print(200 * 12 // 4)' > /workspace/answer.txt
