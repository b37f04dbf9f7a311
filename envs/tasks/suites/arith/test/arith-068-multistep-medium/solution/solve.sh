#!/usr/bin/env bash
python3 -c 'print(25 * 22 - 208)' > /workspace/answer.txt
