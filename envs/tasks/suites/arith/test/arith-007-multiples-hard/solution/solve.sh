#!/usr/bin/env bash
python3 -c 'print(41 * 697)' > /workspace/answer.txt
