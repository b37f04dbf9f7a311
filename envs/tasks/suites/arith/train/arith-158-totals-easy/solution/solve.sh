#!/usr/bin/env bash
python3 -c 'print(21 + 28)' > /workspace/answer.txt
