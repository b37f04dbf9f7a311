#!/usr/bin/env bash
python3 -c 'print((5 + 18 + 4) // 3)' > /workspace/answer.txt
