#!/usr/bin/env bash
python3 -c 'print(49 + 11)' > /workspace/answer.txt
