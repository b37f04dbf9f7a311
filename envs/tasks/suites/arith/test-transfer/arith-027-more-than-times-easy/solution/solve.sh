#!/usr/bin/env bash
python3 -c 'print(3 * 16 - 3)' > /workspace/answer.txt
