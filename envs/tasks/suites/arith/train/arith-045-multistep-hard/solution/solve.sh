#!/usr/bin/env bash
python3 -c 'print(19 * 21 - 281 + 39)' > /workspace/answer.txt
