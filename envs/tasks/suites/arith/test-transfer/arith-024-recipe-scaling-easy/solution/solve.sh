#!/usr/bin/env bash
python3 -c 'print(96 * 4 // 2)' > /workspace/answer.txt
