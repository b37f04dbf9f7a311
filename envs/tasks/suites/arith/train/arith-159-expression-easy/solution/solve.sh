#!/usr/bin/env bash
python3 -c 'print(84 * 61)' > /workspace/answer.txt
