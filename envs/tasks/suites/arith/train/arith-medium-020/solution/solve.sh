#!/usr/bin/env bash
python3 -c 'print(998 * 84 + 96)' > /workspace/answer.txt
