#!/usr/bin/env bash
python3 -c 'print(26 * 34 - 853 + 29)' > /workspace/answer.txt
