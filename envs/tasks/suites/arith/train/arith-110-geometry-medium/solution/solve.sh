#!/usr/bin/env bash
python3 -c 'print(2 * (79 + 72))' > /workspace/answer.txt
