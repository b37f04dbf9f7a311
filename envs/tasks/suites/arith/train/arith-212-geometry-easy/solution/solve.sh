#!/usr/bin/env bash
python3 -c 'print(2 * (9 + 3))' > /workspace/answer.txt
