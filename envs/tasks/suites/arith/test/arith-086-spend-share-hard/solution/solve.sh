#!/usr/bin/env bash
python3 -c 'print((62382 - 809) // 67)' > /workspace/answer.txt
