#!/usr/bin/env bash
python3 -c 'print(3 * 26)' > /workspace/answer.txt
