#!/usr/bin/env bash
python3 -c 'print(20 * 16)' > /workspace/answer.txt
