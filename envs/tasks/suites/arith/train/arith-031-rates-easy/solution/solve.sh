#!/usr/bin/env bash
python3 -c 'print(9 * 9)' > /workspace/answer.txt
