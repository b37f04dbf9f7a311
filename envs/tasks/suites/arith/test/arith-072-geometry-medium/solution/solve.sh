#!/usr/bin/env bash
python3 -c 'print(2 * (54 + 18))' > /workspace/answer.txt
