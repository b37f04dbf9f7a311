#!/usr/bin/env bash
python3 -c 'print(85327 % 54)' > /workspace/answer.txt
