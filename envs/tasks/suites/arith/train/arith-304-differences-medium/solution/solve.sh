#!/usr/bin/env bash
python3 -c 'print(611 - 313)' > /workspace/answer.txt
