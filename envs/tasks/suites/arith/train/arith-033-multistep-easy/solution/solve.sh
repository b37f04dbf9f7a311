#!/usr/bin/env bash
python3 -c 'print(3 * 3 - 2)' > /workspace/answer.txt
