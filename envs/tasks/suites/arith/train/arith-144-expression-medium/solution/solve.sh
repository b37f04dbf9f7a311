#!/usr/bin/env bash
python3 -c 'print(840 // 43 + 78)' > /workspace/answer.txt
