#!/usr/bin/env bash
python3 -c 'print(1680 * 86 // 12)' > /workspace/answer.txt
