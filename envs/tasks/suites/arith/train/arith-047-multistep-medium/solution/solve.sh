#!/usr/bin/env bash
python3 -c 'print(11 * 22 - 176)' > /workspace/answer.txt
