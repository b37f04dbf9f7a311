#!/usr/bin/env bash
python3 -c 'print(15100 * 24 // 100)' > /workspace/answer.txt
