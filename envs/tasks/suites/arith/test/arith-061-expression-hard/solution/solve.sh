#!/usr/bin/env bash
python3 -c 'print((314 + 1867) * (1144 - 5408) // 8)' > /workspace/answer.txt
