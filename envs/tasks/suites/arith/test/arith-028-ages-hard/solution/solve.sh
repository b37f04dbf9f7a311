#!/usr/bin/env bash
python3 -c 'print(6 + 18 + 21)' > /workspace/answer.txt
