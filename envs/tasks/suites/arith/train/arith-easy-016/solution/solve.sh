#!/usr/bin/env bash
python3 -c 'print(76 + 55)' > /workspace/answer.txt
