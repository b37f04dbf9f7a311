#!/usr/bin/env bash
python3 -c 'print(28 * 1000 + 412)' > /workspace/answer.txt
