#!/usr/bin/env bash
python3 -c 'print(79533 - 6798)' > /workspace/answer.txt
