#!/usr/bin/env bash
python3 -c 'print(38361 % 32)' > /workspace/answer.txt
