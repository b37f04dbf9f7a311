#!/usr/bin/env bash
python3 -c 'print(276 * 75 // 100)' > /workspace/answer.txt
