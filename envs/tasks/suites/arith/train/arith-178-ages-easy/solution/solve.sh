#!/usr/bin/env bash
python3 -c 'print(35 + 3)' > /workspace/answer.txt
