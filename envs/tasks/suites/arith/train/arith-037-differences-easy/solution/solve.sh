#!/usr/bin/env bash
python3 -c 'print(41 - 23)' > /workspace/answer.txt
