#!/usr/bin/env bash
python3 -c 'print((88 - 4) // 7)' > /workspace/answer.txt
