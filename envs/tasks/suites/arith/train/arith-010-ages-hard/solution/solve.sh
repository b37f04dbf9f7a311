#!/usr/bin/env bash
python3 -c 'print(25 + 38 + 17)' > /workspace/answer.txt
