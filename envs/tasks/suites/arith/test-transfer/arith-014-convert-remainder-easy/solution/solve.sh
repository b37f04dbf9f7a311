#!/usr/bin/env bash
python3 -c 'print((2 * 100 + 82) % 14)' > /workspace/answer.txt
