#!/usr/bin/env bash
python3 -c 'print(47 + 27 + 13)' > /workspace/answer.txt
