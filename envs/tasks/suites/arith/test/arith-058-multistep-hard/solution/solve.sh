#!/usr/bin/env bash
python3 -c 'print(10 * 29 - 104 + 67)' > /workspace/answer.txt
