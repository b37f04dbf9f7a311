#!/usr/bin/env bash
python3 -c 'print(342 * 11 // 6)' > /workspace/answer.txt
