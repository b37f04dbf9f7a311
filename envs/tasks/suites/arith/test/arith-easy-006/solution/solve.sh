#!/usr/bin/env bash
python3 -c 'print(11 - 25)' > /workspace/answer.txt
