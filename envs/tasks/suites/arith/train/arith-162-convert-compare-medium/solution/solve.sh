#!/usr/bin/env bash
python3 -c 'print(17 * 1000 - 14772)' > /workspace/answer.txt
