#!/usr/bin/env bash
python3 -c 'print(324 // 12)' > /workspace/answer.txt
