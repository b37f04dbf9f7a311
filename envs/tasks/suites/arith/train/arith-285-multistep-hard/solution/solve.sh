#!/usr/bin/env bash
python3 -c 'print(34 * 41 - 587 + 20)' > /workspace/answer.txt
