#!/usr/bin/env bash
python3 -c 'print(81 * 12)' > /workspace/answer.txt
