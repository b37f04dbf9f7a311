#!/usr/bin/env bash
python3 -c 'print(45382 // 17)' > /workspace/answer.txt
