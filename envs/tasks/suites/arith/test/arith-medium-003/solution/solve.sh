#!/usr/bin/env bash
python3 -c 'print((248 - 21) * 32)' > /workspace/answer.txt
