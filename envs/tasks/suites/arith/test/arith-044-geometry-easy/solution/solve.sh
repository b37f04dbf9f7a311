#!/usr/bin/env bash
python3 -c 'print(2 * (11 + 10))' > /workspace/answer.txt
