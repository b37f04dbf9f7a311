#!/usr/bin/env bash
python3 -c 'print(424 // 17)' > /workspace/answer.txt
