#!/usr/bin/env bash
python3 -c 'print(473 - 229)' > /workspace/answer.txt
