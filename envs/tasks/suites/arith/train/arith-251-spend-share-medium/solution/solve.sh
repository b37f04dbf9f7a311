#!/usr/bin/env bash
python3 -c 'print((531 - 195) // 7)' > /workspace/answer.txt
