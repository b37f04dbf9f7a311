#!/usr/bin/env bash
python3 -c 'print(20 * 1000 - 13529)' > /workspace/answer.txt
