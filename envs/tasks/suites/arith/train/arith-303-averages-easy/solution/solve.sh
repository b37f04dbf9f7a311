#!/usr/bin/env bash
python3 -c 'print((17 + 11) // 2)' > /workspace/answer.txt
