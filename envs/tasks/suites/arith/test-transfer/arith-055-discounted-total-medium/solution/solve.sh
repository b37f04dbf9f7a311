#!/usr/bin/env bash
python3 -c 'print((96 + 68 + 46 + 46) * 75 // 100)' > /workspace/answer.txt
