#!/usr/bin/env bash
python3 -c 'print(71 + 29 + 87)' > /workspace/answer.txt
