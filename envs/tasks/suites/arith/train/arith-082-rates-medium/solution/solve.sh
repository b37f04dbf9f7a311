#!/usr/bin/env bash
python3 -c 'print(42 * 25)' > /workspace/answer.txt
