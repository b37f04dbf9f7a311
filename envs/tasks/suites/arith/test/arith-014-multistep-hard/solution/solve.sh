#!/usr/bin/env bash
python3 -c 'print(60 * 47 - 1285 + 43)' > /workspace/answer.txt
