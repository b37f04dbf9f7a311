#!/usr/bin/env bash
python3 -c 'print(37 * 27)' > /workspace/answer.txt
