#!/usr/bin/env bash
python3 -c 'print(7754 ** 4 - 7424 * 1377)' > /workspace/answer.txt
