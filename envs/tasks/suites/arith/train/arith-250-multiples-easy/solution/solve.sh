#!/usr/bin/env bash
python3 -c 'print(2 * 13)' > /workspace/answer.txt
