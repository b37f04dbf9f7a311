#!/usr/bin/env bash
python3 -c 'print(35 + 15)' > /workspace/answer.txt
