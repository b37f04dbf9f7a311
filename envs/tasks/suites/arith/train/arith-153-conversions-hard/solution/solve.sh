#!/usr/bin/env bash
python3 -c 'print(71 * 1000 + 915)' > /workspace/answer.txt
