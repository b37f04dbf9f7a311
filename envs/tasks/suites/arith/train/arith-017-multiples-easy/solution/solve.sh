#!/usr/bin/env bash
python3 -c 'print(2 * 29)' > /workspace/answer.txt
