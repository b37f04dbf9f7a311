#!/usr/bin/env bash
python3 -c 'print(39 * 100 + 2)' > /workspace/answer.txt
