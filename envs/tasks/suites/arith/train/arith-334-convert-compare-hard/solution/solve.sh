#!/usr/bin/env bash
python3 -c 'print(311 * 1000 - 14150)' > /workspace/answer.txt
