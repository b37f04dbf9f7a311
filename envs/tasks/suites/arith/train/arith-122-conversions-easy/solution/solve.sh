#!/usr/bin/env bash
python3 -c 'print(3 * 1000)' > /workspace/answer.txt
