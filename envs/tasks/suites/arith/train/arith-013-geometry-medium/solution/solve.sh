#!/usr/bin/env bash
python3 -c 'print(85 * 16)' > /workspace/answer.txt
