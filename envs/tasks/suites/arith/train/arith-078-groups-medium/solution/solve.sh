#!/usr/bin/env bash
python3 -c 'print(683 // 30)' > /workspace/answer.txt
