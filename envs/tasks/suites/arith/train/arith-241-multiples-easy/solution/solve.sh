#!/usr/bin/env bash
python3 -c 'print(5 * 14)' > /workspace/answer.txt
