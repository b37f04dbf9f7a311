#!/usr/bin/env bash
python3 -c 'print(20 * 12)' > /workspace/answer.txt
