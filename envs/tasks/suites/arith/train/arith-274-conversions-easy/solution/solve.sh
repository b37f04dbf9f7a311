#!/usr/bin/env bash
python3 -c 'print(17 * 7)' > /workspace/answer.txt
