#!/usr/bin/env bash
python3 -c 'print((8 + 20) // 2)' > /workspace/answer.txt
