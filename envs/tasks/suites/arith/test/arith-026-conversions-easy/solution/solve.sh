#!/usr/bin/env bash
python3 -c 'print(16 * 7)' > /workspace/answer.txt
