#!/usr/bin/env bash
python3 -c 'print(31 + 57)' > /workspace/answer.txt
