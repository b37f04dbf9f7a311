#!/usr/bin/env bash
python3 -c 'print((23 - 11) // 2)' > /workspace/answer.txt
