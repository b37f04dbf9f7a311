#!/usr/bin/env bash
python3 -c 'print(47575 % 24)' > /workspace/answer.txt
