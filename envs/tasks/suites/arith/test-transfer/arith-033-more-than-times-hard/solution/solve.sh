#!/usr/bin/env bash
python3 -c 'print(21 * 199 + 312)' > /workspace/answer.txt
