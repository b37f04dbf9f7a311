#!/usr/bin/env bash
python3 -c 'print(1960 - 1870)' > /workspace/answer.txt
