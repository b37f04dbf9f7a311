#!/usr/bin/env bash
python3 -c 'print(29 * 24 - 331)' > /workspace/answer.txt
