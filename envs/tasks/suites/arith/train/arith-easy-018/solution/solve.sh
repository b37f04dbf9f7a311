#!/usr/bin/env bash
python3 -c 'print(43 + 93)' > /workspace/answer.txt
