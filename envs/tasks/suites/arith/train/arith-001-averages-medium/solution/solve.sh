#!/usr/bin/env bash
python3 -c 'print((43 + 63 + 72 + 94) // 4)' > /workspace/answer.txt
