#!/usr/bin/env bash
python3 -c 'print((150 + 200 + 567 + 359 + 249) * 88 // 100)' > /workspace/answer.txt
