#!/usr/bin/env bash
python3 -c 'print(40 + 18 + 25)' > /workspace/answer.txt
