#!/usr/bin/env bash
python3 -c 'print((369 - 80) * 33)' > /workspace/answer.txt
