#!/usr/bin/env bash
python3 -c 'print(561 * 36 + 71)' > /workspace/answer.txt
