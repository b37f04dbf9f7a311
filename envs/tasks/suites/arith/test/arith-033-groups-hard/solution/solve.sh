#!/usr/bin/env bash
python3 -c 'print(6573 // 74)' > /workspace/answer.txt
