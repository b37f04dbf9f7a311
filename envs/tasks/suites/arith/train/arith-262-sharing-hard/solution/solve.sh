#!/usr/bin/env bash
python3 -c 'print(31218 // 33)' > /workspace/answer.txt
