#!/usr/bin/env bash
python3 -c 'print(21 * 60 - 124)' > /workspace/answer.txt
