#!/usr/bin/env bash
python3 -c 'print(9 * 7 - 54)' > /workspace/answer.txt
