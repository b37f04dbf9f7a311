#!/usr/bin/env bash
python3 -c 'print(12 * 59)' > /workspace/answer.txt
