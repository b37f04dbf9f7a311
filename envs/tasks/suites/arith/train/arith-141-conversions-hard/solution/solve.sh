#!/usr/bin/env bash
python3 -c 'print(59 * 1000 + 771)' > /workspace/answer.txt
