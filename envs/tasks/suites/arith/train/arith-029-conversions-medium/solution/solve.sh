#!/usr/bin/env bash
python3 -c 'print(932 * 1000)' > /workspace/answer.txt
