#!/usr/bin/env bash
python3 -c 'print((127 - 30) * 99)' > /workspace/answer.txt
