#!/usr/bin/env bash
python3 -c 'print(2 * (66 + 59))' > /workspace/answer.txt
