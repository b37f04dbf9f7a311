#!/usr/bin/env bash
python3 -c 'print(375 * 20 // 100)' > /workspace/answer.txt
