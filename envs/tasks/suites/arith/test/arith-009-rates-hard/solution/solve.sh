#!/usr/bin/env bash
python3 -c 'print(731 * 49)' > /workspace/answer.txt
