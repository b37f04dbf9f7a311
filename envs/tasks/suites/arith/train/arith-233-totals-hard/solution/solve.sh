#!/usr/bin/env bash
python3 -c 'print(796 + 848 + 224 + 232 + 236 + 720)' > /workspace/answer.txt
