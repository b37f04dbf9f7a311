#!/usr/bin/env bash
python3 -c 'print(50 * 975)' > /workspace/answer.txt
