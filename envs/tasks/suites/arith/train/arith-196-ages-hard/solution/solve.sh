#!/usr/bin/env bash
python3 -c 'print(11 + 27 + 21)' > /workspace/answer.txt
