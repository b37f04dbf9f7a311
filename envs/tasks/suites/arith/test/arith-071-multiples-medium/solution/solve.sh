#!/usr/bin/env bash
python3 -c 'print(12 * 13)' > /workspace/answer.txt
