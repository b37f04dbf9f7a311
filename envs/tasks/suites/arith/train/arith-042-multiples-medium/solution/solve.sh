#!/usr/bin/env bash
python3 -c 'print(7 * 45)' > /workspace/answer.txt
