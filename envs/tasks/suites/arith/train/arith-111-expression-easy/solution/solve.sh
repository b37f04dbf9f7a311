#!/usr/bin/env bash
python3 -c 'print(96 + 38)' > /workspace/answer.txt
