#!/usr/bin/env bash
python3 -c 'print((253 - 128) // 5)' > /workspace/answer.txt
