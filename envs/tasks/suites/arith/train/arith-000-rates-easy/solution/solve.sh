#!/usr/bin/env bash
python3 -c 'print(9 * 5)' > /workspace/answer.txt
