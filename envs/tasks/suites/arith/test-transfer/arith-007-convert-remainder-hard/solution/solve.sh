#!/usr/bin/env bash
python3 -c 'print((12 * 100 + 38) % 79)' > /workspace/answer.txt
