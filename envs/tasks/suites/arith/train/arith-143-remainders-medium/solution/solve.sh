#!/usr/bin/env bash
python3 -c 'print(367 % 25)' > /workspace/answer.txt
