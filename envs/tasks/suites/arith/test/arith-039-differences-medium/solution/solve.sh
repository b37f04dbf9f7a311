#!/usr/bin/env bash
python3 -c 'print(313 - 297)' > /workspace/answer.txt
