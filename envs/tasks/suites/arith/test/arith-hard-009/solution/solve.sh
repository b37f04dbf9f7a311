#!/usr/bin/env bash
python3 -c 'print((4310 + 9405) * (3252 - 8476) // 7)' > /workspace/answer.txt
