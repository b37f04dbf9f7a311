#!/usr/bin/env bash
python3 -c 'print(2243 * 4011 // 4996 - 3337)' > /workspace/answer.txt
