#!/usr/bin/env bash
python3 -c 'print(39 + 36 + 3)' > /workspace/answer.txt
