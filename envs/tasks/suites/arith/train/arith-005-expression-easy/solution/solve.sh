#!/usr/bin/env bash
python3 -c 'print(69 + 15)' > /workspace/answer.txt
