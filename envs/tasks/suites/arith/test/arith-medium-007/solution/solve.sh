#!/usr/bin/env bash
python3 -c 'print((201 - 26) * 56)' > /workspace/answer.txt
