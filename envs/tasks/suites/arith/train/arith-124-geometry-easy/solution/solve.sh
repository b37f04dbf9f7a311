#!/usr/bin/env bash
python3 -c 'print(6 * 3)' > /workspace/answer.txt
