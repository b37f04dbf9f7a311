#!/usr/bin/env bash
python3 -c 'print(2 * 4 + 4)' > /workspace/answer.txt
