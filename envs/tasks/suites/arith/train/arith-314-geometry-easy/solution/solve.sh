#!/usr/bin/env bash
python3 -c 'print(12 * 5)' > /workspace/answer.txt
