#!/usr/bin/env bash
python3 -c 'print(30 * 40 - 178 + 13)' > /workspace/answer.txt
