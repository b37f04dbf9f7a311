#!/usr/bin/env bash
python3 -c 'print(96 * 6 // 2)' > /workspace/answer.txt
