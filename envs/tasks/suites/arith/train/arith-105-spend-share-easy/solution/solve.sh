#!/usr/bin/env bash
python3 -c 'print((46 - 4) // 6)' > /workspace/answer.txt
