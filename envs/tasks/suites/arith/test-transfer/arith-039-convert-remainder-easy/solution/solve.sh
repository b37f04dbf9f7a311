#!/usr/bin/env bash
python3 -c 'print((2 * 100 + 45) % 6)' > /workspace/answer.txt
