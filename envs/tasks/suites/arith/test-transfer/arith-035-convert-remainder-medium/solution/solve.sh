#!/usr/bin/env bash
python3 -c 'print((16 * 60 + 26) % 28)' > /workspace/answer.txt
