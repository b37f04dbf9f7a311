#!/usr/bin/env bash
python3 -c 'print((40 - 20) // 2)' > /workspace/answer.txt
