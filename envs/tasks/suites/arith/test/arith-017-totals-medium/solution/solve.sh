#!/usr/bin/env bash
python3 -c 'print(98 + 27 + 50 + 15)' > /workspace/answer.txt
