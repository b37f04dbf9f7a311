#!/usr/bin/env bash
python3 -c 'print(336 * 9 // 6)' > /workspace/answer.txt
