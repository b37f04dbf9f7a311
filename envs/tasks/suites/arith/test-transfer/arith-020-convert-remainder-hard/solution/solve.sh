#!/usr/bin/env bash
python3 -c 'print((32 * 100 + 29) % 46)' > /workspace/answer.txt
