#!/usr/bin/env bash
python3 -c 'print((20 + 15) * 20 // 100)' > /workspace/answer.txt
