#!/usr/bin/env bash
python3 -c 'print((16 + 10 + 4) // 3)' > /workspace/answer.txt
