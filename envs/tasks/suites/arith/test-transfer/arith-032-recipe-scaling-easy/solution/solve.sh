#!/usr/bin/env bash
python3 -c 'print(126 * 9 // 3)' > /workspace/answer.txt
