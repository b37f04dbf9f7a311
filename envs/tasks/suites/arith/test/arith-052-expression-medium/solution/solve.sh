#!/usr/bin/env bash
python3 -c 'print(878 * 84 + 90)' > /workspace/answer.txt
