#!/usr/bin/env bash
python3 -c 'print(88072 // 91)' > /workspace/answer.txt
