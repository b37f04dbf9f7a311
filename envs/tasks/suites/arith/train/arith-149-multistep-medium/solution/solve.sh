#!/usr/bin/env bash
python3 -c 'print(14 * 16 - 61)' > /workspace/answer.txt
