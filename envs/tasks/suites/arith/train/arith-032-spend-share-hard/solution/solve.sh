#!/usr/bin/env bash
python3 -c 'print((27067 - 130) // 41)' > /workspace/answer.txt
