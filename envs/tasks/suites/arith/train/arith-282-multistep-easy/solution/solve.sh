#!/usr/bin/env bash
python3 -c 'print(8 * 6 - 22)' > /workspace/answer.txt
