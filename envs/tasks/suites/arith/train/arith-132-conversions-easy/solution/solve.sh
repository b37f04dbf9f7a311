#!/usr/bin/env bash
python3 -c 'print(18 * 1000)' > /workspace/answer.txt
