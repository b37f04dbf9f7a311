#!/usr/bin/env bash
python3 -c 'print(829 - 192)' > /workspace/answer.txt
