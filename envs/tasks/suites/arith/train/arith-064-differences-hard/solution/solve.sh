#!/usr/bin/env bash
python3 -c 'print(97302 - 74948)' > /workspace/answer.txt
