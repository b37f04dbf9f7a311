#!/usr/bin/env bash
python3 -c 'print(180 * 5 // 100)' > /workspace/answer.txt
