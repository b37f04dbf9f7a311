#!/usr/bin/env bash
python3 -c 'print(180 + 937 + 211 + 542 + 392 + 524)' > /workspace/answer.txt
