#!/usr/bin/env bash
python3 -c 'print(739 * 67)' > /workspace/answer.txt
