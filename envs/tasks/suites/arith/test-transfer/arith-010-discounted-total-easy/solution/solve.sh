#!/usr/bin/env bash
python3 -c 'print((4 + 24) * 50 // 100)' > /workspace/answer.txt
