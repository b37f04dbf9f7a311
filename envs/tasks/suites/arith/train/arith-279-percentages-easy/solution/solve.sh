#!/usr/bin/env bash
python3 -c 'print(96 * 75 // 100)' > /workspace/answer.txt
