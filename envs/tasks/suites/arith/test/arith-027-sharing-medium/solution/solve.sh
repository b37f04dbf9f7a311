#!/usr/bin/env bash
python3 -c 'print(1332 // 18)' > /workspace/answer.txt
