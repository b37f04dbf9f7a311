#!/usr/bin/env bash
python3 -c 'print((268 - 97) // 3)' > /workspace/answer.txt
