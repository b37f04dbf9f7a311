#!/usr/bin/env bash
python3 -c 'print(21 + 25)' > /workspace/answer.txt
