#!/usr/bin/env bash
python3 -c 'print(10 - 26)' > /workspace/answer.txt
