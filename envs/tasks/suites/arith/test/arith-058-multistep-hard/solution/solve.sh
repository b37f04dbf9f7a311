#!/usr/bin/env bash
python3 -c 'print(14 * 16 - 178 + 64)' > /workspace/answer.txt
