#!/usr/bin/env bash
python3 -c 'print(50 + 15 + 83)' > /workspace/answer.txt
