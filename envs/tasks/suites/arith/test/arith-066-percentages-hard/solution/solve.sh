#!/usr/bin/env bash
python3 -c 'print(15900 * 44 // 100)' > /workspace/answer.txt
