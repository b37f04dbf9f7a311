#!/usr/bin/env bash
python3 -c 'print(19 * 1000)' > /workspace/answer.txt
