#!/usr/bin/env bash
python3 -c 'print(3 * 100 - 140)' > /workspace/answer.txt
