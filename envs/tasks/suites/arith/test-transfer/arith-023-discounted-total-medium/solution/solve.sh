#!/usr/bin/env bash
python3 -c 'print((8 + 82 + 51 + 79) * 85 // 100)' > /workspace/answer.txt
