#!/usr/bin/env bash
python3 -c 'print(65 - 34)' > /workspace/answer.txt
