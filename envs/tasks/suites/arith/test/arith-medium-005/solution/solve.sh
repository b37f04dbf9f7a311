#!/usr/bin/env bash
python3 -c 'print(384 // 75 + 62)' > /workspace/answer.txt
