#!/usr/bin/env bash
python3 -c 'print(6 * 70)' > /workspace/answer.txt
