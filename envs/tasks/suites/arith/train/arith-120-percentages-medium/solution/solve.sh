#!/usr/bin/env bash
python3 -c 'print(1600 * 55 // 100)' > /workspace/answer.txt
