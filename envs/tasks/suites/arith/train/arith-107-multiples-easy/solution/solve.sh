#!/usr/bin/env bash
python3 -c 'print(6 * 10)' > /workspace/answer.txt
