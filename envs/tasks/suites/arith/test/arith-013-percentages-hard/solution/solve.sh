#!/usr/bin/env bash
python3 -c 'print(13450 * 86 // 100)' > /workspace/answer.txt
