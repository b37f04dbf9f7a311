#!/usr/bin/env bash
python3 -c 'print(75 * 1000 + 281)' > /workspace/answer.txt
