#!/usr/bin/env bash
python3 -c 'print(604 * 7175 // 3817 - 7482)' > /workspace/answer.txt
