#!/usr/bin/env bash
python3 -c 'print(59 * 24 + 20)' > /workspace/answer.txt
