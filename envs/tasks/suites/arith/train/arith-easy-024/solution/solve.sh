#!/usr/bin/env bash
python3 -c 'print(52 * 76)' > /workspace/answer.txt
