#!/usr/bin/env bash
python3 -c 'print(38 + 31 + 10)' > /workspace/answer.txt
