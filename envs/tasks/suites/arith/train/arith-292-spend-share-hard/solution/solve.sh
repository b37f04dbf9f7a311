#!/usr/bin/env bash
python3 -c 'print((54427 - 367) // 85)' > /workspace/answer.txt
