#!/usr/bin/env bash
python3 -c 'print(5 * 7 - 30)' > /workspace/answer.txt
