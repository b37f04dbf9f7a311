#!/usr/bin/env bash
python3 -c 'print((71 + 40 + 21) // 3)' > /workspace/answer.txt
