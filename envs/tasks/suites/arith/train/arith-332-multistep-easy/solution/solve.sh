#!/usr/bin/env bash
python3 -c 'print(6 * 5 - 25)' > /workspace/answer.txt
