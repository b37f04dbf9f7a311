#!/usr/bin/env bash
python3 -c 'print(921 - 492)' > /workspace/answer.txt
