#!/usr/bin/env bash
python3 -c 'print(707 * 63 + 71)' > /workspace/answer.txt
