#!/usr/bin/env bash
python3 -c 'print(4400 * 37 // 100)' > /workspace/answer.txt
