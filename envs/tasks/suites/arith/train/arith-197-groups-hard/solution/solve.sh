#!/usr/bin/env bash
python3 -c 'print(36796 // 16)' > /workspace/answer.txt
