#!/usr/bin/env bash
python3 -c 'print(131 * 101)' > /workspace/answer.txt
