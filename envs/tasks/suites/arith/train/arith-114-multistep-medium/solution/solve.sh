#!/usr/bin/env bash
python3 -c 'print(29 * 7 - 18)' > /workspace/answer.txt
