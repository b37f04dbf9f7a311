#!/usr/bin/env bash
python3 -c 'print((9242 * 2339 - 2546) % 4957)' > /workspace/answer.txt
