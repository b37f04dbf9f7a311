#!/usr/bin/env bash
python3 -c 'print((5 * 100 + 26) % 16)' > /workspace/answer.txt
