#!/usr/bin/env bash
python3 -c 'print(28 + 78)' > /workspace/answer.txt
