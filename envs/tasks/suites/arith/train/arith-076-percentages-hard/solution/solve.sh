#!/usr/bin/env bash
python3 -c 'print(17700 * 79 // 100)' > /workspace/answer.txt
