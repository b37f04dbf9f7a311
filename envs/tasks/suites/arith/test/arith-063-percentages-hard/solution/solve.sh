#!/usr/bin/env bash
python3 -c 'print(7200 * 1 // 100)' > /workspace/answer.txt
