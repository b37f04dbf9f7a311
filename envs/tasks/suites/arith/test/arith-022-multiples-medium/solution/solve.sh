#!/usr/bin/env bash
python3 -c 'print(9 * 53)' > /workspace/answer.txt
