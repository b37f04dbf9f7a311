#!/usr/bin/env bash
python3 -c 'print(53 * 7 + 2)' > /workspace/answer.txt
