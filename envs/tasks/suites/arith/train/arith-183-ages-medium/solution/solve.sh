#!/usr/bin/env bash
python3 -c 'print(1958 - 1879)' > /workspace/answer.txt
