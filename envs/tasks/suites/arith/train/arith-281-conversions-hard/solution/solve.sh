#!/usr/bin/env bash
python3 -c 'print(31 * 7 + 4)' > /workspace/answer.txt
