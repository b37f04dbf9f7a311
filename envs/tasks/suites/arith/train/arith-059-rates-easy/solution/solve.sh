#!/usr/bin/env bash
python3 -c 'print(2 * 9)' > /workspace/answer.txt
