#!/usr/bin/env bash
python3 -c 'print(25 * 6)' > /workspace/answer.txt
