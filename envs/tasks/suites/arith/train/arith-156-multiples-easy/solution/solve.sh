#!/usr/bin/env bash
python3 -c 'print(5 * 12)' > /workspace/answer.txt
