#!/usr/bin/env bash
python3 -c 'print(4 * 59)' > /workspace/answer.txt
