#!/usr/bin/env bash
python3 -c 'print(75 * 30)' > /workspace/answer.txt
