#!/usr/bin/env bash
python3 -c 'print(7 * 1000 - 27)' > /workspace/answer.txt
