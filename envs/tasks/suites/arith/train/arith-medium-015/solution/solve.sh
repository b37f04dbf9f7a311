#!/usr/bin/env bash
python3 -c 'print(188 * 69 + 95)' > /workspace/answer.txt
