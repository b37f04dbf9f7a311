#!/usr/bin/env bash
python3 -c 'print(7 * 23 - 135)' > /workspace/answer.txt
