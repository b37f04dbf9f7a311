#!/usr/bin/env bash
python3 -c 'print(57 + 62)' > /workspace/answer.txt
