#!/usr/bin/env bash
python3 -c 'print(2 * (57 + 24))' > /workspace/answer.txt
