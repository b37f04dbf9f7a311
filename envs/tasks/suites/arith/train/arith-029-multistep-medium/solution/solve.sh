#!/usr/bin/env bash
python3 -c 'print(30 * 22 - 472)' > /workspace/answer.txt
