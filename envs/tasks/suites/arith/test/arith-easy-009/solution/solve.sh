#!/usr/bin/env bash
python3 -c 'print(20 - 96)' > /workspace/answer.txt
