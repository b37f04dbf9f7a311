#!/usr/bin/env bash
python3 -c 'print(2 * (706 + 626))' > /workspace/answer.txt
