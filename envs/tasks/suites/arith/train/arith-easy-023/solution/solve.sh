#!/usr/bin/env bash
python3 -c 'print(94 + 73)' > /workspace/answer.txt
