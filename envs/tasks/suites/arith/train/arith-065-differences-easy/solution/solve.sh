#!/usr/bin/env bash
python3 -c 'print(98 - 57)' > /workspace/answer.txt
