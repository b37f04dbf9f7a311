#!/usr/bin/env bash
python3 -c 'print(9 * 55)' > /workspace/answer.txt
