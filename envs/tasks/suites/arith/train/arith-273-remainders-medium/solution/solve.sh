#!/usr/bin/env bash
python3 -c 'print(535 % 7)' > /workspace/answer.txt
