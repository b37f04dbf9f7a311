#!/usr/bin/env bash
python3 -c 'print(549 * 46)' > /workspace/answer.txt
