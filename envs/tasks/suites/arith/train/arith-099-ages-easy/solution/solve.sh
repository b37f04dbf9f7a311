#!/usr/bin/env bash
python3 -c 'print(36 + 18)' > /workspace/answer.txt
