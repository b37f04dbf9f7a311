#!/usr/bin/env bash
python3 -c 'print(37 * 7 + 2)' > /workspace/answer.txt
