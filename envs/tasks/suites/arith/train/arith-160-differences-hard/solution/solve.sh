#!/usr/bin/env bash
python3 -c 'print(73620 - 25719)' > /workspace/answer.txt
