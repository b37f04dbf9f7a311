#!/usr/bin/env bash
python3 -c 'print(2345 * 60 // 100)' > /workspace/answer.txt
