#!/usr/bin/env bash
python3 -c 'print((5 + 12 + 19) // 3)' > /workspace/answer.txt
