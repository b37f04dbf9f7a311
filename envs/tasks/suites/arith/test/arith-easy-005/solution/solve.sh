#!/usr/bin/env bash
python3 -c 'print(48 - 64)' > /workspace/answer.txt
