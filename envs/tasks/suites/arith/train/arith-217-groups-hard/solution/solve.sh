#!/usr/bin/env bash
python3 -c 'print(63662 // 54)' > /workspace/answer.txt
