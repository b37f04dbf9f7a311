#!/usr/bin/env bash
python3 -c 'print(15512 // 28)' > /workspace/answer.txt
