#!/usr/bin/env bash
python3 -c 'print((6317 + 3305) * (4240 - 9980) // 7)' > /workspace/answer.txt
