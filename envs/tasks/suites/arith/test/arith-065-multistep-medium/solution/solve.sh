#!/usr/bin/env bash
python3 -c 'print(11 * 9 - 54)' > /workspace/answer.txt
