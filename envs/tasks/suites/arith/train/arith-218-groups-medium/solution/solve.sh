#!/usr/bin/env bash
python3 -c 'print(204 // 13)' > /workspace/answer.txt
