#!/usr/bin/env bash
python3 -c 'print((10 + 16 + 16) // 3)' > /workspace/answer.txt
