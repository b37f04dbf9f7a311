#!/usr/bin/env bash
python3 -c 'print(595 // 67 + 53)' > /workspace/answer.txt
