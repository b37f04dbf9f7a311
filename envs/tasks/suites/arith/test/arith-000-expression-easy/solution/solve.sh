#!/usr/bin/env bash
python3 -c 'print(52 - 97)' > /workspace/answer.txt
