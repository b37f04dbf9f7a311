#!/usr/bin/env bash
python3 -c 'print(56 * 909)' > /workspace/answer.txt
