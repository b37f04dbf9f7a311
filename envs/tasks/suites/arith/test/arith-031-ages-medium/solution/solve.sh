#!/usr/bin/env bash
python3 -c 'print(2001 - 1956)' > /workspace/answer.txt
