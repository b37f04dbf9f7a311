#!/usr/bin/env bash
python3 -c 'print((307 + 460 + 149 + 433 + 414 + 139) // 6)' > /workspace/answer.txt
