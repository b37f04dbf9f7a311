#!/usr/bin/env bash
python3 -c 'print(6 * 24)' > /workspace/answer.txt
