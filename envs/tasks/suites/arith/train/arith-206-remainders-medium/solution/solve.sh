#!/usr/bin/env bash
python3 -c 'print(946 % 15)' > /workspace/answer.txt
