#!/usr/bin/env bash
python3 -c 'print(60 * 22 - 1260 + 6)' > /workspace/answer.txt
