#!/usr/bin/env bash
python3 -c 'print(894 - 535)' > /workspace/answer.txt
