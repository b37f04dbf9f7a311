#!/usr/bin/env bash
python3 -c 'print(19 + 4)' > /workspace/answer.txt
