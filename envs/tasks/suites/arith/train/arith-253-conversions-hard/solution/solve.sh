#!/usr/bin/env bash
python3 -c 'print(90 * 100 + 43)' > /workspace/answer.txt
