#!/usr/bin/env bash
python3 -c 'print((45816 - 1084) // 53)' > /workspace/answer.txt
