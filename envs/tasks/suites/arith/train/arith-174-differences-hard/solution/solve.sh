#!/usr/bin/env bash
python3 -c 'print(81401 - 11560)' > /workspace/answer.txt
