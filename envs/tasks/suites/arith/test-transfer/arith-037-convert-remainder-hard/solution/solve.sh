#!/usr/bin/env bash
python3 -c 'print((61 * 60 + 2) % 21)' > /workspace/answer.txt
