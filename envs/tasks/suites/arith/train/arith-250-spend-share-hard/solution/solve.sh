#!/usr/bin/env bash
python3 -c 'print((29108 - 1064) // 38)' > /workspace/answer.txt
