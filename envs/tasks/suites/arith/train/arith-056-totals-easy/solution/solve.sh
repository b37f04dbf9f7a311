#!/usr/bin/env bash
python3 -c 'print(18 + 16)' > /workspace/answer.txt
