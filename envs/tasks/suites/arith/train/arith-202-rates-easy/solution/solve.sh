#!/usr/bin/env bash
python3 -c 'print(8 * 7)' > /workspace/answer.txt
