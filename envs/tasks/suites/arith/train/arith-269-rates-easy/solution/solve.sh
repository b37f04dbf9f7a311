#!/usr/bin/env bash
python3 -c 'print(10 * 7)' > /workspace/answer.txt
