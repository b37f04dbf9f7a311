#!/usr/bin/env bash
python3 -c 'print(7 * 30 + 24)' > /workspace/answer.txt
