#!/usr/bin/env bash
python3 -c 'print(9 * 100 - 45)' > /workspace/answer.txt
