#!/usr/bin/env bash
python3 -c 'print(340 // 4)' > /workspace/answer.txt
