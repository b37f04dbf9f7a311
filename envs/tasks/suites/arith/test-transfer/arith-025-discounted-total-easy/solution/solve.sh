#!/usr/bin/env bash
python3 -c 'print((23 + 21) * 50 // 100)' > /workspace/answer.txt
