#!/usr/bin/env bash
python3 -c 'print(9742 ** 5 - 9395 * 9375)' > /workspace/answer.txt
