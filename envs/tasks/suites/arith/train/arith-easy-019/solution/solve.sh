#!/usr/bin/env bash
python3 -c 'print(64 - 18)' > /workspace/answer.txt
