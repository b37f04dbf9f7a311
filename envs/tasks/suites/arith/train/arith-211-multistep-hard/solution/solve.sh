#!/usr/bin/env bash
python3 -c 'print(25 * 43 - 927 + 15)' > /workspace/answer.txt
