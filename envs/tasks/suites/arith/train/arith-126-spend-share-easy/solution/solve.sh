#!/usr/bin/env bash
python3 -c 'print((57 - 9) // 6)' > /workspace/answer.txt
