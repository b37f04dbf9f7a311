#!/usr/bin/env bash
python3 -c 'print((5 * 12 + 4) % 7)' > /workspace/answer.txt
