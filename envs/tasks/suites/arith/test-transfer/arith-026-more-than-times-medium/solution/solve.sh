#!/usr/bin/env bash
python3 -c 'print(2 * 96 - 40)' > /workspace/answer.txt
