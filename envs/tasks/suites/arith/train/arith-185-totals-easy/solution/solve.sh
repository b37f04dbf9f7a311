#!/usr/bin/env bash
python3 -c 'print(23 + 30)' > /workspace/answer.txt
