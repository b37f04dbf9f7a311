#!/usr/bin/env bash
python3 -c 'print(917 - 570)' > /workspace/answer.txt
