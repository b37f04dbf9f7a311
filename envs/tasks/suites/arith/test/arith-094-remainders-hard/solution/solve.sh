#!/usr/bin/env bash
python3 -c 'print(37955 % 34)' > /workspace/answer.txt
