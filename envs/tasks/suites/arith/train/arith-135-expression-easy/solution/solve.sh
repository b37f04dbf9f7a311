#!/usr/bin/env bash
python3 -c 'print(30 + 5)' > /workspace/answer.txt
