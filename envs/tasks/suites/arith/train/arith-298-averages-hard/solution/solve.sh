#!/usr/bin/env bash
python3 -c 'print((104 + 536 + 718 + 467 + 900) // 5)' > /workspace/answer.txt
