#!/usr/bin/env bash
python3 -c 'print(941 * 63 + 9)' > /workspace/answer.txt
