#!/usr/bin/env bash
python3 -c 'print(991 * 604)' > /workspace/answer.txt
