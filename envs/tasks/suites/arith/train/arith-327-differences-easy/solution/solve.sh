#!/usr/bin/env bash
python3 -c 'print(68 - 42)' > /workspace/answer.txt
