#!/usr/bin/env bash
python3 -c 'print(18 + 34 + 88 + 66)' > /workspace/answer.txt
