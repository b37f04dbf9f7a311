#!/usr/bin/env bash
python3 -c 'print(620 * 65 // 100)' > /workspace/answer.txt
