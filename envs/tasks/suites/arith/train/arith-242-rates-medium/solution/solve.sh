#!/usr/bin/env bash
python3 -c 'print(99 * 14)' > /workspace/answer.txt
