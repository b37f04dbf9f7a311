#!/usr/bin/env bash
python3 -c 'print(10 * 60)' > /workspace/answer.txt
