#!/usr/bin/env bash
python3 -c 'print(34124 // 38)' > /workspace/answer.txt
