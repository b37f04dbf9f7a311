#!/usr/bin/env bash
python3 -c 'print(12 * 8)' > /workspace/answer.txt
