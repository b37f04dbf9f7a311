#!/usr/bin/env bash
python3 -c 'print(92 * 17)' > /workspace/answer.txt
