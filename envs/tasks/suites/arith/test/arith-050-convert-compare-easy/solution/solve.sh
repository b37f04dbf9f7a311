#!/usr/bin/env bash
python3 -c 'print(7 * 100 - 95)' > /workspace/answer.txt
