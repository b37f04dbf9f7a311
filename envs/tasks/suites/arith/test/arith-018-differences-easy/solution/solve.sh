#!/usr/bin/env bash
python3 -c 'print(82 - 67)' > /workspace/answer.txt
