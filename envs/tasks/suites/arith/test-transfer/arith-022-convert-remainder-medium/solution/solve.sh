#!/usr/bin/env bash
python3 -c 'print((11 * 12 + 3) % 24)' > /workspace/answer.txt
