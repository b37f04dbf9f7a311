#!/usr/bin/env bash
python3 -c 'print((66 + 59 + 52) // 3)' > /workspace/answer.txt
