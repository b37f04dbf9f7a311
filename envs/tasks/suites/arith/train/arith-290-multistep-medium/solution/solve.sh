#!/usr/bin/env bash
python3 -c 'print(11 * 8 - 70)' > /workspace/answer.txt
