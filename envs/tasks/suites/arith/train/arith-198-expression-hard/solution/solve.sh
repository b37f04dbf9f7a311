#!/usr/bin/env bash
python3 -c 'print((3546 + 7765) * (5083 - 4888) // 9)' > /workspace/answer.txt
