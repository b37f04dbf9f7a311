#!/usr/bin/env bash
python3 -c 'print(1330 // 19)' > /workspace/answer.txt
