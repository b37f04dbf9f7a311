#!/usr/bin/env bash
python3 -c 'print(75 - 24)' > /workspace/answer.txt
