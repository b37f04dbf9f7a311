#!/usr/bin/env bash
python3 -c 'print(8 * 9 - 50)' > /workspace/answer.txt
