#!/usr/bin/env bash
python3 -c 'print(41 * 26 - 262 + 38)' > /workspace/answer.txt
