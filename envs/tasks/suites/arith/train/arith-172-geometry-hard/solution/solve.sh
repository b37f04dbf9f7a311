#!/usr/bin/env bash
python3 -c 'print(2 * (875 + 400))' > /workspace/answer.txt
