#!/usr/bin/env bash
python3 -c 'print(27667 // 73)' > /workspace/answer.txt
