#!/usr/bin/env bash
python3 -c 'print(53280 // 72)' > /workspace/answer.txt
