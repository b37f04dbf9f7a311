#!/usr/bin/env bash
python3 -c 'print(5 * 23 + 35)' > /workspace/answer.txt
