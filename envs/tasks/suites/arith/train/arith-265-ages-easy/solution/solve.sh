#!/usr/bin/env bash
python3 -c 'print(49 + 14)' > /workspace/answer.txt
