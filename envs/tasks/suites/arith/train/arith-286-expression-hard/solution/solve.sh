#!/usr/bin/env bash
python3 -c 'print((7280 * 1431 - 7277) % 6010)' > /workspace/answer.txt
