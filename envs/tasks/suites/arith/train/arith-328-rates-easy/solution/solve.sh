#!/usr/bin/env bash
python3 -c 'print(6 * 7)' > /workspace/answer.txt
