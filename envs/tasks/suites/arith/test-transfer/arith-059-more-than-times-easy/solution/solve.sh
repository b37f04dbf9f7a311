#!/usr/bin/env bash
python3 -c 'print(3 * 17 - 9)' > /workspace/answer.txt
