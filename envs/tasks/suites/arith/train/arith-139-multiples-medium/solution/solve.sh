#!/usr/bin/env bash
python3 -c 'print(5 * 74)' > /workspace/answer.txt
