#!/usr/bin/env bash
python3 -c 'print(9684 ** 3 - 960 * 7693)' > /workspace/answer.txt
