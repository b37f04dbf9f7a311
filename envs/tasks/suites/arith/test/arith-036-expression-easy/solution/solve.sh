#!/usr/bin/env bash
python3 -c 'print(78 + 78)' > /workspace/answer.txt
