#!/usr/bin/env bash
python3 -c 'print(947 // 18)' > /workspace/answer.txt
