#!/usr/bin/env bash
python3 -c 'print(11 * 31)' > /workspace/answer.txt
