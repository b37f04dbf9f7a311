#!/usr/bin/env bash
python3 -c 'print(29 * 1000 - 2972)' > /workspace/answer.txt
