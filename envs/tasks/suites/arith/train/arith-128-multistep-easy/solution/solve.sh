#!/usr/bin/env bash
python3 -c 'print(8 * 9 - 62)' > /workspace/answer.txt
