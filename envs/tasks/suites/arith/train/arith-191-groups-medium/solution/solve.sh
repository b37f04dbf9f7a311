#!/usr/bin/env bash
python3 -c 'print(278 // 7)' > /workspace/answer.txt
