#!/usr/bin/env bash
python3 -c 'print(1312 ** 3 - 387 * 6096)' > /workspace/answer.txt
