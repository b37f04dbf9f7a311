#!/usr/bin/env bash
python3 -c 'print(59736 % 48)' > /workspace/answer.txt
