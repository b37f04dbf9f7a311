#!/usr/bin/env bash
python3 -c 'print(749 * 53 + 59)' > /workspace/answer.txt
