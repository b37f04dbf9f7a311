#!/usr/bin/env bash
python3 -c 'print(18 * 24 - 232)' > /workspace/answer.txt
