#!/usr/bin/env bash
python3 -c 'print(2 * 15)' > /workspace/answer.txt
