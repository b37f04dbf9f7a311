#!/usr/bin/env bash
python3 -c 'print(96 + 92 + 85)' > /workspace/answer.txt
