#!/usr/bin/env bash
python3 -c 'print(11 + 13 + 39)' > /workspace/answer.txt
