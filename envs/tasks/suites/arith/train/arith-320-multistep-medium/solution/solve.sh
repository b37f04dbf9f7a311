#!/usr/bin/env bash
python3 -c 'print(28 * 13 - 34)' > /workspace/answer.txt
