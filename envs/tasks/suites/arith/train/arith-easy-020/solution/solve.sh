#!/usr/bin/env bash
python3 -c 'print(8 * 29)' > /workspace/answer.txt
