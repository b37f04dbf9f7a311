#!/usr/bin/env bash
python3 -c 'print(777 // 43 + 83)' > /workspace/answer.txt
