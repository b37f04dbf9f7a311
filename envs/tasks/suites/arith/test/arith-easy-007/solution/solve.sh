#!/usr/bin/env bash
python3 -c 'print(25 - 23)' > /workspace/answer.txt
