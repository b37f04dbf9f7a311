#!/usr/bin/env bash
python3 -c 'print(5400 // 50)' > /workspace/answer.txt
