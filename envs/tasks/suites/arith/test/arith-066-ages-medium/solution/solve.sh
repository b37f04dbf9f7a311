#!/usr/bin/env bash
python3 -c 'print(1992 - 1953)' > /workspace/answer.txt
