#!/usr/bin/env bash
python3 -c 'print((55 - 20) // 5)' > /workspace/answer.txt
