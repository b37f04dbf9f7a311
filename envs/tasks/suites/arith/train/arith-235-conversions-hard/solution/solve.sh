#!/usr/bin/env bash
python3 -c 'print(27 * 7 + 6)' > /workspace/answer.txt
