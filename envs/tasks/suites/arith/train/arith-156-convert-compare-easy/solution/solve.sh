#!/usr/bin/env bash
python3 -c 'print(9 * 100 - 152)' > /workspace/answer.txt
