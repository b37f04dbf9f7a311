#!/usr/bin/env bash
python3 -c 'print(9 * 1000 - 7122)' > /workspace/answer.txt
