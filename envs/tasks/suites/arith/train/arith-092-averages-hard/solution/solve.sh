#!/usr/bin/env bash
python3 -c 'print((525 + 751 + 551 + 296 + 224 + 317) // 6)' > /workspace/answer.txt
