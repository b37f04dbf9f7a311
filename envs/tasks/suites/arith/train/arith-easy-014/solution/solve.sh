#!/usr/bin/env bash
python3 -c 'print(77 + 39)' > /workspace/answer.txt
