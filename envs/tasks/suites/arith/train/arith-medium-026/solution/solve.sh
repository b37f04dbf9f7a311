#!/usr/bin/env bash
python3 -c 'print(970 * 89 + 22)' > /workspace/answer.txt
