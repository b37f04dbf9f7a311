#!/usr/bin/env bash
python3 -c 'print(896 + 232 + 491 + 180 + 937)' > /workspace/answer.txt
