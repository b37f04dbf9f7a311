#!/usr/bin/env bash
python3 -c 'print((37 - 17) // 2)' > /workspace/answer.txt
