#!/usr/bin/env bash
python3 -c 'print(430 * 70 // 100)' > /workspace/answer.txt
