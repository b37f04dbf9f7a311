#!/usr/bin/env bash
python3 -c 'print(10 * 13 - 12)' > /workspace/answer.txt
