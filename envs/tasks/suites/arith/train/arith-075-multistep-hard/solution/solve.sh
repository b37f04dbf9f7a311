#!/usr/bin/env bash
python3 -c 'print(22 * 43 - 350 + 61)' > /workspace/answer.txt
