#!/usr/bin/env bash
python3 -c 'print(2 * (7 + 3))' > /workspace/answer.txt
