#!/usr/bin/env bash
python3 -c 'print(208 // 11)' > /workspace/answer.txt
