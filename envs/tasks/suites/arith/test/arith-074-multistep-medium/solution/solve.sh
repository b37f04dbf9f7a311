#!/usr/bin/env bash
python3 -c 'print(24 * 19 - 243)' > /workspace/answer.txt
