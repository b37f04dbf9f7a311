#!/usr/bin/env bash
python3 -c 'print(4 * 24)' > /workspace/answer.txt
