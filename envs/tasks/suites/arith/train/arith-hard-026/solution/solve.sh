#!/usr/bin/env bash
python3 -c 'print(4979 ** 2 - 9465 * 2730)' > /workspace/answer.txt
