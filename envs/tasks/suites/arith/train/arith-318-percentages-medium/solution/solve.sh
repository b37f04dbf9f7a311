#!/usr/bin/env bash
python3 -c 'print(280 * 5 // 100)' > /workspace/answer.txt
