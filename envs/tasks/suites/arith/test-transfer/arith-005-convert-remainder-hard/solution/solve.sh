#!/usr/bin/env bash
python3 -c 'print((26 * 60 + 50) % 88)' > /workspace/answer.txt
