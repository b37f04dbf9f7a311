#!/usr/bin/env bash
python3 -c 'print((958 + 221 + 448 + 236 + 887) // 5)' > /workspace/answer.txt
