#!/usr/bin/env bash
python3 -c 'print(25 + 83)' > /workspace/answer.txt
