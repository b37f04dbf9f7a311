#!/usr/bin/env bash
python3 -c 'print((10 + 18) * 25 // 100)' > /workspace/answer.txt
