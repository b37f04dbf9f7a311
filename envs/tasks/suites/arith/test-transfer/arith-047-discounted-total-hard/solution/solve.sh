#!/usr/bin/env bash
python3 -c 'print((781 + 461 + 974 + 222 + 112) * 74 // 100)' > /workspace/answer.txt
