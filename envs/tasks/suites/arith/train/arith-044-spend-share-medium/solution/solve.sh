#!/usr/bin/env bash
python3 -c 'print((483 - 98) // 5)' > /workspace/answer.txt
