#!/usr/bin/env bash
python3 -c 'print(76 * 60 - 2514)' > /workspace/answer.txt
