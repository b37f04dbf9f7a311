#!/usr/bin/env bash
python3 -c 'print(767 // 17)' > /workspace/answer.txt
