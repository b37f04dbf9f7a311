#!/usr/bin/env bash
python3 -c 'print((2 * 12 + 9) % 25)' > /workspace/answer.txt
