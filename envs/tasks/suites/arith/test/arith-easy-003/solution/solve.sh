#!/usr/bin/env bash
python3 -c 'print(13 + 54)' > /workspace/answer.txt
