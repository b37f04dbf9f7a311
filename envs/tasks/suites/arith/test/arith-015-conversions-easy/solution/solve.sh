#!/usr/bin/env bash
python3 -c 'print(9 * 1000)' > /workspace/answer.txt
