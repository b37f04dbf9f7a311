#!/usr/bin/env bash
python3 -c 'print((7 + 96 + 26 + 21) * 80 // 100)' > /workspace/answer.txt
