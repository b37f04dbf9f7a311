#!/usr/bin/env bash
python3 -c 'print((73 - 19) // 9)' > /workspace/answer.txt
