#!/usr/bin/env bash
python3 -c 'print(48409 - 48141)' > /workspace/answer.txt
