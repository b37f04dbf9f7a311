#!/usr/bin/env bash
python3 -c 'print(2 * (75 + 27))' > /workspace/answer.txt
