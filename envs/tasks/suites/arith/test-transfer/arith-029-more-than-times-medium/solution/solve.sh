#!/usr/bin/env bash
python3 -c 'print(3 * 61 - 6)' > /workspace/answer.txt
