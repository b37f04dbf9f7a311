#!/usr/bin/env bash
python3 -c 'print((32 * 100 + 3) % 24)' > /workspace/answer.txt
