#!/usr/bin/env bash
python3 -c 'print(6 * 9)' > /workspace/answer.txt
