#!/usr/bin/env bash
python3 -c 'print(57 - 91)' > /workspace/answer.txt
