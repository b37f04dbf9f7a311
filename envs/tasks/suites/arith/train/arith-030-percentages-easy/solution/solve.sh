#!/usr/bin/env bash
python3 -c 'print(160 * 25 // 100)' > /workspace/answer.txt
