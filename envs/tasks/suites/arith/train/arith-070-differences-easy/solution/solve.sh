#!/usr/bin/env bash
python3 -c 'print(96 - 77)' > /workspace/answer.txt
