#!/usr/bin/env bash
python3 -c 'print(1988 - 1985)' > /workspace/answer.txt
