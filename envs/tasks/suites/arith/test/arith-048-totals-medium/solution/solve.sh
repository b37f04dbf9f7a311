#!/usr/bin/env bash
python3 -c 'print(47 + 62 + 46 + 15)' > /workspace/answer.txt
