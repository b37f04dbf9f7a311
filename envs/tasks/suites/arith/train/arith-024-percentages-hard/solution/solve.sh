#!/usr/bin/env bash
python3 -c 'print(10650 * 38 // 100)' > /workspace/answer.txt
