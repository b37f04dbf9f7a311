#!/usr/bin/env bash
python3 -c 'print(96428 - 79792)' > /workspace/answer.txt
