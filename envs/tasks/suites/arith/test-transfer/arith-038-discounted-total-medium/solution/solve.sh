#!/usr/bin/env bash
python3 -c 'print((56 + 75 + 69) * 70 // 100)' > /workspace/answer.txt
