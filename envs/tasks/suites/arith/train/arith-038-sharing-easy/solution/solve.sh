#!/usr/bin/env bash
python3 -c 'print(49 // 7)' > /workspace/answer.txt
