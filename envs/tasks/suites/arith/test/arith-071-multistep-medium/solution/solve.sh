#!/usr/bin/env bash
python3 -c 'print(5 * 21 - 81)' > /workspace/answer.txt
