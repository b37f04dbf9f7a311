#!/usr/bin/env bash
python3 -c 'print((73 + 91 + 73) // 3)' > /workspace/answer.txt
