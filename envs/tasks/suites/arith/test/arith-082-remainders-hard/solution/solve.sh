#!/usr/bin/env bash
python3 -c 'print(13350 % 54)' > /workspace/answer.txt
