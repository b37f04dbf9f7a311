#!/usr/bin/env bash
python3 -c 'print(74948 - 17547)' > /workspace/answer.txt
