#!/usr/bin/env bash
python3 -c 'print((283 - 41) // 11)' > /workspace/answer.txt
