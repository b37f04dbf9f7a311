#!/usr/bin/env bash
python3 -c 'print(10 * 18 - 116)' > /workspace/answer.txt
