#!/usr/bin/env bash
python3 -c 'print((254 + 470 + 738 + 238 + 690) // 5)' > /workspace/answer.txt
