#!/usr/bin/env bash
python3 -c 'print((550 - 89) * 57)' > /workspace/answer.txt
