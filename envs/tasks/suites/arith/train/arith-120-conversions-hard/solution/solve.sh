#!/usr/bin/env bash
python3 -c 'print(74 * 60 + 13)' > /workspace/answer.txt
