#!/usr/bin/env bash
python3 -c 'print(12 * 60 - 144)' > /workspace/answer.txt
