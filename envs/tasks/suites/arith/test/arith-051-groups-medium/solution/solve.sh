#!/usr/bin/env bash
python3 -c 'print(270 // 7)' > /workspace/answer.txt
