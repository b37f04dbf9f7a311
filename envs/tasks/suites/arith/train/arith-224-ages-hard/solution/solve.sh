#!/usr/bin/env bash
python3 -c 'print(4 + 18 + 29)' > /workspace/answer.txt
