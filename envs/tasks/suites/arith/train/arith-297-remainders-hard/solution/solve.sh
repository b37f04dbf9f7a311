#!/usr/bin/env bash
python3 -c 'print(42528 % 43)' > /workspace/answer.txt
