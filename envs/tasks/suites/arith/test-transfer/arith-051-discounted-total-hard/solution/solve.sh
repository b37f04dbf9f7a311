#!/usr/bin/env bash
python3 -c 'print((849 + 868 + 632 + 254 + 204 + 93) * 11 // 100)' > /workspace/answer.txt
