#!/usr/bin/env bash
python3 -c 'print((11 + 9) * 20 // 100)' > /workspace/answer.txt
