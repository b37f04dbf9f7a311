#!/usr/bin/env bash
python3 -c 'print(33 - 28)' > /workspace/answer.txt
