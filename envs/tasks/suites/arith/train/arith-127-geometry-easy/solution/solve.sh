#!/usr/bin/env bash
python3 -c 'print(2 * (12 + 6))' > /workspace/answer.txt
