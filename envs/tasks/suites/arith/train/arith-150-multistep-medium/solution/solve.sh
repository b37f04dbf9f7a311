#!/usr/bin/env bash
python3 -c 'print(12 * 7 - 3)' > /workspace/answer.txt
