#!/usr/bin/env bash
python3 -c 'print(90 * 40 // 100)' > /workspace/answer.txt
