#!/usr/bin/env bash
python3 -c 'print(2 * (55 + 30))' > /workspace/answer.txt
