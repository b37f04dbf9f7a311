#!/usr/bin/env bash
python3 -c 'print((9580 - 1622) // 46)' > /workspace/answer.txt
