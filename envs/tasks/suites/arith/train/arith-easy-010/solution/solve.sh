#!/usr/bin/env bash
python3 -c 'print(96 + 99)' > /workspace/answer.txt
