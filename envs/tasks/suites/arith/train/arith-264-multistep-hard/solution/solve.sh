#!/usr/bin/env bash
python3 -c 'print(15 * 15 - 44 + 49)' > /workspace/answer.txt
