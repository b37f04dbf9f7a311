#!/usr/bin/env bash
python3 -c 'print(73 - 40)' > /workspace/answer.txt
