#!/usr/bin/env bash
python3 -c 'print(930 * 32 // 5)' > /workspace/answer.txt
