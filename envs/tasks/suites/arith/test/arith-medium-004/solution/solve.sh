#!/usr/bin/env bash
python3 -c 'print(74 * 2 + 38)' > /workspace/answer.txt
