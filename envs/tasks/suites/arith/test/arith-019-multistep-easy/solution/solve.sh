#!/usr/bin/env bash
python3 -c 'print(2 * 3 - 2)' > /workspace/answer.txt
