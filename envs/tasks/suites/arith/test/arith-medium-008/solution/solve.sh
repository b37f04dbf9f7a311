#!/usr/bin/env bash
python3 -c 'print(81 * 12 + 25)' > /workspace/answer.txt
