#!/usr/bin/env bash
python3 -c 'print(18 * 30 - 402 + 54)' > /workspace/answer.txt
