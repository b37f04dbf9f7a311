#!/usr/bin/env bash
python3 -c 'print(200 * 5 // 100)' > /workspace/answer.txt
