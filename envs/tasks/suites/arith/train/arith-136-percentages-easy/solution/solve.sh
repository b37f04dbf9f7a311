#!/usr/bin/env bash
python3 -c 'print(95 * 20 // 100)' > /workspace/answer.txt
