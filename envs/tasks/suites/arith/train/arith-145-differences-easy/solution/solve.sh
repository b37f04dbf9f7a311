#!/usr/bin/env bash
python3 -c 'print(60 - 43)' > /workspace/answer.txt
