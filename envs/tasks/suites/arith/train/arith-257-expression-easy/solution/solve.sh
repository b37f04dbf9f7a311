#!/usr/bin/env bash
python3 -c 'print(98 + 81)' > /workspace/answer.txt
