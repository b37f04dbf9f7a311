#!/usr/bin/env bash
python3 -c 'print(5 * 10)' > /workspace/answer.txt
