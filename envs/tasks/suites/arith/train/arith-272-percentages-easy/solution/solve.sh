#!/usr/bin/env bash
python3 -c 'print(224 * 25 // 100)' > /workspace/answer.txt
