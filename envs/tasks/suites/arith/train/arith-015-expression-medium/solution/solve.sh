#!/usr/bin/env bash
python3 -c 'print((81 - 95) * 34)' > /workspace/answer.txt
