#!/usr/bin/env bash
python3 -c 'print(16 * 26 - 331 + 69)' > /workspace/answer.txt
