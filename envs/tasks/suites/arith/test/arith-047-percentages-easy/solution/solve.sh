#!/usr/bin/env bash
python3 -c 'print(292 * 50 // 100)' > /workspace/answer.txt
