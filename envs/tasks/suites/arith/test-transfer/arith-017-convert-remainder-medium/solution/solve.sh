#!/usr/bin/env bash
python3 -c 'print((18 * 60 + 38) % 22)' > /workspace/answer.txt
