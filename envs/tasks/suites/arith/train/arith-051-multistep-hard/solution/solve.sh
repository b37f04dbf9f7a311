#!/usr/bin/env bash
python3 -c 'print(51 * 44 - 558 + 88)' > /workspace/answer.txt
