#!/usr/bin/env bash
python3 -c 'print(882 // 75 + 62)' > /workspace/answer.txt
