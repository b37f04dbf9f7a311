#!/usr/bin/env bash
python3 -c 'print(1240 ** 2 - 474 * 3985)' > /workspace/answer.txt
