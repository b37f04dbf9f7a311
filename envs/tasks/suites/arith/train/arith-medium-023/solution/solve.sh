#!/usr/bin/env bash
python3 -c 'print(324 * 40 + 74)' > /workspace/answer.txt
