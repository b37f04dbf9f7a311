#!/usr/bin/env bash
python3 -c 'print((47 - 20) // 3)' > /workspace/answer.txt
