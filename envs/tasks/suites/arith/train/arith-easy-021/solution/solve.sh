#!/usr/bin/env bash
python3 -c 'print(32 * 49)' > /workspace/answer.txt
