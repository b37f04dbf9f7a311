#!/usr/bin/env bash
python3 -c 'print(9 * 16)' > /workspace/answer.txt
