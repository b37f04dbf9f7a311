#!/usr/bin/env bash
python3 -c 'print(3 * 7)' > /workspace/answer.txt
