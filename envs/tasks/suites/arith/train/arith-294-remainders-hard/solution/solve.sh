#!/usr/bin/env bash
python3 -c 'print(48297 % 39)' > /workspace/answer.txt
