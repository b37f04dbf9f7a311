#!/usr/bin/env bash
python3 -c 'print(2075 * 4 // 100)' > /workspace/answer.txt
