#!/usr/bin/env bash
python3 -c 'print(24 + 17)' > /workspace/answer.txt
