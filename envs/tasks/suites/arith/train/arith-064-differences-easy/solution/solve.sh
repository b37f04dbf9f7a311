#!/usr/bin/env bash
python3 -c 'print(30 - 19)' > /workspace/answer.txt
