#!/usr/bin/env bash
python3 -c 'print(842 - 128)' > /workspace/answer.txt
