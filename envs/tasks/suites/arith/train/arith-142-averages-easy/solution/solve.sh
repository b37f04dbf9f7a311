#!/usr/bin/env bash
python3 -c 'print((20 + 3 + 10) // 3)' > /workspace/answer.txt
