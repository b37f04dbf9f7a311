#!/usr/bin/env bash
python3 -c 'print(17 + 28)' > /workspace/answer.txt
